// The inputs of the ascof entry points that take more than one argument, as one object keyed by the names of
// the arguments: the view a form or an API request has of them (`ascofJsonSchema`, `asc-rules schema`). They
// are built from the very schemas the functions parse each argument with, so an issue's path is the same in
// both (`responses.3.answers.q1`, `options.year`, `benchmarks.asOf`).
import * as z from 'zod';
import { BenchmarkSubjectSchema, BenchmarksSchema } from './benchmark.js';
import { CarerSurveyOptionsSchema, CarerSurveyResponsesSchema } from './survey/carerSurvey.js';
import { UserSurveyOptionsSchema, UserSurveyResponsesSchema } from './survey/userSurvey.js';

/** `scoreUserSurvey(responses, options)` as one object. */
export const ScoreUserSurveyInputSchema = z.strictObject({
  responses: UserSurveyResponsesSchema,
  options: UserSurveyOptionsSchema,
});

/** `scoreCarerSurvey(responses, options)` as one object. */
export const ScoreCarerSurveyInputSchema = z.strictObject({
  responses: CarerSurveyResponsesSchema,
  options: CarerSurveyOptionsSchema,
});

/** `compareToBenchmark(result, benchmarks)` as one object. */
export const CompareToBenchmarkInputSchema = z.strictObject({
  result: BenchmarkSubjectSchema,
  benchmarks: BenchmarksSchema,
});
