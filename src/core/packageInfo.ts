// The name and version are written here rather than imported from package.json: a JSON import puts the whole
// manifest (3.6 kB) into every browser bundle, since bundlers cannot drop the unused fields of a default JSON
// import. test/core/trace.test.ts fails when they differ from package.json, so a release that bumps the version
// (`changeset version`) must bump PACKAGE_VERSION with it.
const PACKAGE_NAME = 'adult-social-care-rules';
const PACKAGE_VERSION = '0.1.0';

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
export const packageInfo: { readonly name: string; readonly version: string } = Object.freeze({ name: PACKAGE_NAME, version: PACKAGE_VERSION });
