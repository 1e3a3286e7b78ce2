import pkg from '../../package.json' with { type: 'json' };

/**
 * The npm name and version of this library, as recorded in every trace.
 *
 * @example
 * ```ts
 * import { packageInfo } from 'adult-social-care-rules';
 *
 * packageInfo.name; //=> 'adult-social-care-rules'
 * ```
 */
export const packageInfo: { readonly name: string; readonly version: string } = Object.freeze({ name: pkg.name, version: pkg.version });
