import type * as z from 'zod';
import { schemaDocs, type SchemaDocs } from '../core/jsonSchema.js';
import { _startOf } from '../core/rulePack.js';
import { RISK_LABELS } from './labels.js';
import { COVENTRY_SERVICE_TYPES, coventryRiskPack } from './pack.js';
import { ReplayRiskHistoryInputSchema } from './replayRiskHistory.js';
import {
  AssessProviderRiskInputSchema,
  BusinessContinuityEvidenceSchema,
  ComplaintEvidenceSchema,
  ConcernEvidenceSchema,
  ConcernInputSchema,
  ConfirmRiskDecisionInputSchema,
  CqcRatingEvidenceSchema,
  EvidenceItemSchema,
  FeedbackEvidenceSchema,
  LevelEntrySchema,
  ManagerEvidenceSchema,
  MarketOversightEvidenceSchema,
  OutbreakEvidenceSchema,
  PlanDecisionSchema,
  PortfolioEntrySchema,
  PortfolioInputSchema,
  QualityTriggerEvidenceSchema,
  RegulatoryActionEvidenceSchema,
  ReviewAssessmentSchema,
  ReviewRiskLevelInputSchema,
  RiskDecisionRecordSchema,
  RiskProfileSchema,
  RiskRecommendationSchema,
  RiskStateSchema,
  SafeguardingEvidenceSchema,
  ServiceTypeIdSchema,
} from './schemas.js';
import { CqcRatingSchema, RISK_LEVELS, RiskDomainSchema, RiskLevelSchema, SeveritySchema } from './vocabulary.js';

// The first date the default (Coventry) pack is in force: the JSON Schemas carry it as `formatMinimum` on the
// date each entry resolves the pack on. A council pack that starts later refuses earlier dates in the function.
const FIRST_IN_FORCE = _startOf(coventryRiskPack)!.validFrom;
const QA = 'Coventry QA framework (seed 001)';
const inForce = { formatMinimum: FIRST_IN_FORCE };

type Meta = Record<string, unknown>;
const entries: [z.core.$ZodType, Meta][] = [];
const doc = (schema: z.core.$ZodType, title: string, description: string, more: Meta = {}) => entries.push([schema, { title, description, ...more }]);
const kind = (schema: { shape: { kind: z.core.$ZodType & { value: unknown } } }, description: string) => {
  const k = schema.shape.kind.value as keyof typeof RISK_LABELS.evidenceKind;
  doc(schema.shape.kind, 'Kind of evidence', `"${k}": ${description}`);
  doc(schema as unknown as z.core.$ZodType, RISK_LABELS.evidenceKind[k], description);
};

// Shared parts ($defs).
doc(RiskLevelSchema, 'Risk level', `A level of Table One (${QA} para 1.16), 0 (no known concerns) to 4 (risk of urgent closure or failure, or significant risk to people).`, { id: 'RiskLevel' });
RiskLevelSchema.options.forEach((o, i) => entries.push([o, { title: RISK_LABELS.level[RISK_LEVELS[i]!] }]));
doc(SeveritySchema, 'Severity', 'How serious the concern is, as the council\'s officer judged it (an ordinal judgement, not a score).', { id: 'RiskSeverity', labels: RISK_LABELS.severity });
doc(RiskDomainSchema, 'Domain', `The quality trigger or source the finding falls in (${QA} para 1.10.3, 1.12).`, { id: 'RiskDomain', labels: RISK_LABELS.domain });
doc(CqcRatingSchema, 'CQC rating', 'A rating published by the Care Quality Commission.', { id: 'RiskCqcRating', labels: RISK_LABELS.cqcRating });
doc(LevelEntrySchema, 'How the level was reached', 'At a first review, by an escalation, or by a step down (de-escalation).', { id: 'RiskLevelEntry', labels: RISK_LABELS.levelEntry });
doc(EvidenceItemSchema, 'Evidence item', `One dated record about the provider, from the sources ${QA} para 1.10.3 and 1.12 name; its kind selects its fields.`, { id: 'RiskEvidence' });
doc(ServiceTypeIdSchema, 'Service type', `The type of care setting (${QA} Appendix 2 s.8 table). The list is the default pack's: a council pack may add types, which the function then accepts although this schema does not.`, {
  enum: Object.keys(COVENTRY_SERVICE_TYPES),
  labels: Object.fromEntries(Object.entries(COVENTRY_SERVICE_TYPES).map(([k, v]) => [k, v.label])),
});

// Evidence: the fields every kind shares (one instance each), then each kind.
const common = QualityTriggerEvidenceSchema.shape;
doc(common.id, 'Evidence id', 'A stable id from the council system of record. Each id is one record: an exact repeat counts once, two different records with one id are refused.');
doc(common.date, 'Date', 'When the item was observed, raised, received or published (YYYY-MM-DD); on or before the assessment date.');
doc(common.source, 'Source', 'Where the item came from, e.g. "contract monitoring visit", "CQC", "safeguarding hub".');
doc(RegulatoryActionEvidenceSchema.shape.closedOn, 'Closed on', 'When it was closed (YYYY-MM-DD): on or after its date and on or before the assessment date; omitted while open.');
doc(QualityTriggerEvidenceSchema.shape.resolvedOn, 'Resolved on', 'When it was resolved (YYYY-MM-DD): on or after its date and on or before the assessment date; omitted while open.');

kind(QualityTriggerEvidenceSchema, `a finding at a monitoring visit against one of the quality triggers (${QA} para 1.12).`);
doc(QualityTriggerEvidenceSchema.shape.domain, 'Quality trigger', `The trigger checked (${QA} para 1.12).`, { labels: RISK_LABELS.domain });
doc(QualityTriggerEvidenceSchema.shape.finding, 'Finding', '"assured" when the trigger was checked and no concern found; otherwise the severity of the concern.', { labels: RISK_LABELS.finding });

kind(ManagerEvidenceSchema, `the registered manager's position (${QA} para 1.12: manager experience and competency, duration in post).`);
doc(ManagerEvidenceSchema.shape.registeredManager, 'Registered manager in post', 'Whether a manager registered with CQC is in post.');
doc(ManagerEvidenceSchema.shape.monthsInPost, 'Months in post', 'Whole months the manager has been in post (0 to 1200).');
doc(ManagerEvidenceSchema.shape.yearsExperience, 'Years of management experience', 'Omitted when unknown (competence is then reported as missing evidence).');

kind(CqcRatingEvidenceSchema, 'a published CQC rating; it stays in force until CQC publishes a new one, however old.');
doc(CqcRatingEvidenceSchema.shape.keyQuestions, 'Key question ratings', 'The ratings of CQC\'s five key questions, where known.');
doc((CqcRatingEvidenceSchema.shape.keyQuestions.unwrap() as unknown as { _zod: { def: { keyType: z.core.$ZodType } } })._zod.def.keyType, 'Key question', 'One of CQC\'s five key questions.', { labels: RISK_LABELS.cqcKeyQuestion });

kind(RegulatoryActionEvidenceSchema, `a CQC regulatory action (${QA} para 1.12 "any regulatory action").`);
doc(RegulatoryActionEvidenceSchema.shape.action, 'Action', 'The action CQC took.', { labels: RISK_LABELS.regulatoryAction });

kind(ComplaintEvidenceSchema, 'a complaint about the service.');
doc(ComplaintEvidenceSchema.shape.outcome, 'Outcome', 'The outcome of the complaint; "pending" while under investigation.', { labels: RISK_LABELS.complaintOutcome });
doc(ComplaintEvidenceSchema.shape.domain, 'Domain', 'The trigger it concerns, when known; otherwise "complaints".');

kind(ConcernEvidenceSchema, 'a quality concern raised by a professional, family member, person supported, staff or whistleblower.');
doc(ConcernEvidenceSchema.shape.raisedBy, 'Raised by', 'Who raised the concern.', { labels: RISK_LABELS.concernRaisedBy });
doc(ConcernEvidenceSchema.shape.domain, 'Domain', 'The trigger it concerns, when known; otherwise "concerns".');

kind(SafeguardingEvidenceSchema, `a safeguarding referral about the service (${QA} para 1.12: frequency, substantiated and severity).`);
doc(SafeguardingEvidenceSchema.shape.outcome, 'Enquiry outcome', '"open" while the enquiry is in progress.', { labels: RISK_LABELS.safeguardingOutcome });
doc(SafeguardingEvidenceSchema.shape.adultsAffected, 'Adults affected', 'How many adults the referral concerns (1 to 10,000).');

kind(FeedbackEvidenceSchema, `feedback from professionals, families or people supported (${QA} para 1.12).`);
doc(FeedbackEvidenceSchema.shape.from, 'From', 'Who gave the feedback.', { labels: RISK_LABELS.feedbackFrom });
doc(FeedbackEvidenceSchema.shape.sentiment, 'Sentiment', 'Whether the feedback was positive, neutral or negative.', { labels: RISK_LABELS.sentiment });
doc(FeedbackEvidenceSchema.shape.severity, 'Severity', 'For negative feedback; "low" when omitted.');
doc(FeedbackEvidenceSchema.shape.domain, 'Domain', 'The trigger it concerns, when known; otherwise "feedback".');

kind(MarketOversightEvidenceSchema, `a market-oversight, financial or closure signal (${QA} Appendix 2 s.3); it goes to the provider-failure side, never to quality letters.`);
doc(MarketOversightEvidenceSchema.shape.signal, 'Signal', 'The signal, from the mildest to an urgent closure, then the provider\'s own decisions to exit the market or change its registration.', { labels: RISK_LABELS.marketSignal });

kind(BusinessContinuityEvidenceSchema, `the status of the provider's business continuity plan (${QA} para 1.27).`);
doc(BusinessContinuityEvidenceSchema.shape.status, 'Plan status', 'The status of the business continuity plan.', { labels: RISK_LABELS.bcpStatus });

kind(OutbreakEvidenceSchema, 'an outbreak notified by Public Health (seed 001 Appendix 2, "Coronavirus and other outbreaks").');
doc(OutbreakEvidenceSchema.shape.endedOn, 'Ended on', 'When the outbreak was declared over (YYYY-MM-DD): on or after its date and on or before the assessment date; omitted while active.');

// The risk profile (para 1.10.3).
doc(RiskProfileSchema, 'Risk profile', `The provider's risk profile (${QA} para 1.10.3); the pack may use it for the visit frequency.`);
doc(RiskProfileSchema.shape.peopleSupported, 'People supported', 'Number of people supported.');
doc(RiskProfileSchema.shape.location, 'Location', 'In the council\'s own terms (e.g. a ward or locality); the pack may list locations of focus.');
doc(RiskProfileSchema.shape.complexity, 'Complexity of service', 'Complexity of service (e.g. nursing, complex needs).', { labels: RISK_LABELS.complexity });

// assessProviderRisk.
const assess = AssessProviderRiskInputSchema.shape;
doc(AssessProviderRiskInputSchema, 'Provider risk assessment', `A provider, its service type, the assessment date and its evidence, for assessProviderRisk (${QA} Table One).`, { id: 'AssessProviderRiskInput' });
doc(assess.providerId, 'Provider', 'The service (location) assessed, by its id in the council system of record.');
doc(assess.asOf, 'Assessment date', `The date of the assessment (YYYY-MM-DD). Required: the library has no clock. On or after ${FIRST_IN_FORCE}, when the default pack takes effect.`, inForce);
doc(assess.evidence, 'Evidence', 'Every evidence item known on the assessment date (up to 100,000).');

// The risk state one review passes to the next.
const state = RiskStateSchema.shape;
doc(RiskStateSchema, 'Risk level state', 'A provider\'s standing level between reviews: what a review returns as state and takes back as previous next time.', { id: 'RiskState' });
doc(state.providerId, 'Provider', 'The service (location), by its id in the council system of record.');
doc(state.effectiveFrom, 'Level in force from', 'The date the current level took effect (on or before the last review).');
doc(state.reviewedOn, 'Last reviewed on', 'The date of the last review.');
doc(state.lowerCriteriaSince, 'Lower criteria since', 'Since when every review has assessed a level below the current one (the de-escalation clock, between the level\'s start and the last review); null when not.');
doc(state.enteredBy, 'How the level was reached', 'Omitted or null when not known (a state written by hand): the plan then lists every action of the level.');
doc(state.signalHeld, 'Held by a signal only', 'true when, since the level took effect, only a financial or closure signal has supported it; the pack\'s signalClearing then decides how it comes down. Omitted: false.');

// reviewRiskLevel.
const review = ReviewAssessmentSchema.shape;
doc(ReviewRiskLevelInputSchema, 'Risk level review', `The previous state and a new assessment, for reviewRiskLevel (${QA} para 1.19-1.21).`, { id: 'ReviewRiskLevelInput' });
doc(ReviewRiskLevelInputSchema.shape.previous, 'Previous state', 'The state the last review returned, or null for a first review.');
doc(ReviewRiskLevelInputSchema.shape.assessment, 'Assessment', 'The current assessment: the result of assessProviderRisk can be passed as it is (other fields are ignored).');
doc(review.providerId, 'Provider', 'The service (location) assessed; the same as the previous state\'s.');
doc(review.asOf, 'Assessment date', `The date of the assessment (YYYY-MM-DD), on or after the previous review and on or after ${FIRST_IN_FORCE}, when the default pack takes effect.`, inForce);
doc(review.serviceType, 'Service type', 'The service type assessed (copied to the decision).');
doc(review.failureSignal, 'Closure or failure signal', 'true when a closure or failure signal is in force.');
doc(review.qualityLevel, 'Quality level', 'The level quality evidence alone supports (without financial or closure signals). Omitted: the level.');
doc(review.providerFailureSignals, 'Provider-failure signals', 'Signals routed to the provider-failure side.');
doc(ReviewAssessmentSchema.shape.providerFailureSignals.unwrap().element.shape.signal, 'Signal', 'The signal, e.g. "urgent-closure" or "regulatory:urgent-cancellation".');
doc(review.activeOutbreaks, 'Outbreaks in progress', 'Outbreaks in progress on the assessment date.');
const outbreak = ReviewAssessmentSchema.shape.activeOutbreaks.unwrap().element.shape;
doc(outbreak.id, 'Evidence id', 'The outbreak evidence item\'s id.');
doc(outbreak.date, 'Notified on', 'When the outbreak was notified.');
doc(review.missing, 'Missing evidence', 'Required domains and kinds with no current evidence.');
const missing = ReviewAssessmentSchema.shape.missing.unwrap().shape;
doc(missing.domains, 'Missing domains', 'Required domains with no current evidence.');
doc(missing.kinds, 'Missing kinds', 'Required kinds of evidence with no current item.');

// confirmRiskDecision.
const rec = RiskRecommendationSchema.shape;
const record = RiskDecisionRecordSchema.shape;
// Para 1.19: a level of 3 or 4 decided for a provider below 3 (or at a first review) goes to PEP via a QPSG
// referral. The decided level is the record's, or the recommended one when the record gives none.
const toPep = { enum: [3, 4] };
const belowPep = { enum: [null, 0, 1, 2] };
doc(ConfirmRiskDecisionInputSchema, 'Risk level decision', `A recommendation and the record of its decision by the contract officer, the QPSG or PEP, for confirmRiskDecision (${QA} para 1.17-1.21).`, {
  id: 'ConfirmRiskDecisionInput',
  if: {
    required: ['recommendation', 'record'],
    properties: { recommendation: { type: 'object', required: ['fromLevel'], properties: { fromLevel: belowPep } } },
    anyOf: [
      { properties: { record: { type: 'object', required: ['level'], properties: { level: toPep } } } },
      { properties: { recommendation: { type: 'object', required: ['level'], properties: { level: toPep } }, record: { type: 'object', not: { required: ['level'] } } } },
    ],
  },
  then: { properties: { record: { type: 'object', required: ['qpsgReferral'] } } },
});
doc(ConfirmRiskDecisionInputSchema.shape.recommendation, 'Recommendation', 'The recommendation decided on: the result of reviewRiskLevel as it is.');
doc(ConfirmRiskDecisionInputSchema.shape.record, 'Decision record', 'Who decided, when, the level decided, the reason for a departure and the QPSG referral.');
doc(rec.providerId, 'Provider', 'The service (location) the recommendation is about.');
doc(rec.asOf, 'Recommended on', `The date of the review that made the recommendation, on or after ${FIRST_IN_FORCE}, when the default pack takes effect.`, inForce);
doc(rec.fromLevel, 'Level before', 'The level before the review; null at a first review.');
doc(rec.previousState, 'State before the review', 'A decision that keeps the level before keeps its start date and how it was reached.');
doc(record.confirmedBy, 'Decided by', 'The contract officer (level 0), the QPSG (levels 1-2) or PEP (levels 3-4); a move out of a body\'s levels is decided by the higher body (para 1.17-1.18).', { labels: RISK_LABELS.oversightBody });
doc(record.decidedOn, 'Decided on', 'The date of the meeting or decision, on or after the recommendation\'s date.');
doc(record.level, 'Level decided', 'Omitted: the level recommended.');
doc(record.reason, 'Reason for departing', 'Required when the level decided departs from the recommendation.');
doc(record.qpsgReferral, 'QPSG referral to PEP', `${QA} para 1.19 ("Providers are escalated to the Panel via the Quality Peer Support Group"): required when a level of 3 or 4 is decided for a provider below 3 or at a first review.`);
const referral = RiskDecisionRecordSchema.shape.qpsgReferral.unwrap().shape;
doc(referral.referredOn, 'Referred on', 'When the QPSG referred the provider to PEP: on or after the recommendation, on or before the decision.');
doc(referral.note, 'Note', 'A note on the referral.');
doc(record.reference, 'Reference', 'Minute or case reference.');

// planRiskResponse.
const plan = PlanDecisionSchema.shape;
doc(PlanDecisionSchema, 'Risk level decision to plan', `The decision whose response is planned, for planRiskResponse (${QA} Table One): the result of reviewRiskLevel or confirmRiskDecision can be passed as it is.`, { id: 'PlanRiskResponseInput' });
doc(plan.providerId, 'Provider', 'The service (location) the decision is about.');
doc(plan.asOf, 'Decision date', `The date of the review, on or after ${FIRST_IN_FORCE}, when the default pack takes effect.`, inForce);
doc(plan.effectiveFrom, 'Level in force from', 'The date the level took effect (on or before the decision date): one-off actions fall due from it.');
doc(plan.enteredBy, 'How the level was reached', '"de-escalation": the level\'s one-off letters and escalations are not issued again. Omitted or null: not known, every action is listed.');
doc(plan.fromLevel, 'Level before', 'An escalation from below 3 into PEP (3-4) adds the QPSG referral step (para 1.19).');
doc(plan.qualityLevel, 'Quality level', 'The level quality evidence alone supports; when below the level, the quality letters are not issued.');
doc(plan.failureRoute, 'Provider-failure route', 'true when a financial or closure signal is in force: the provider-failure actions are added.');
doc(plan.activeOutbreak, 'Outbreak in progress', 'true when an outbreak is in progress: the outbreak actions (seed 001 Appendix 2) are added.');
doc(plan.outbreakNotifiedOn, 'Outbreak notified on', 'When the earliest outbreak in progress was notified (on or before the decision date): the temporary placement stop is due that day. Omitted or null: the decision date.');
doc(plan.evidenceGaps, 'Evidence gaps', 'Required domains and kinds with no current evidence: an action to obtain each is added.');

// replayRiskHistory.
const replay = ReplayRiskHistoryInputSchema.shape;
doc(ReplayRiskHistoryInputSchema, 'Provider risk history', 'One provider\'s whole evidence history, given once, and the review dates, for replayRiskHistory.', { id: 'ReplayRiskHistoryInput' });
doc(replay.providerId, 'Provider', 'The service (location), by its id in the council system of record.');
doc(replay.evidence, 'Evidence history', 'Each item as it finally stands: at each review an item counts from its date, and its closure from the closure date.');
doc(replay.reviewDates, 'Review dates', `Review dates (YYYY-MM-DD), strictly increasing, on or after ${FIRST_IN_FORCE}, when the default pack takes effect.`);
entries.push([ReplayRiskHistoryInputSchema.shape.reviewDates.element, inForce]);
doc(replay.previous, 'State before the first review', 'null or omitted: the first review is an initial one.');

// concernResponseDeadline.
const concern = ConcernInputSchema.shape;
doc(ConcernInputSchema, 'Quality concern', 'A quality concern received by the council, for concernResponseDeadline (Coventry market support offer, seed 003).', {
  id: 'ConcernResponseDeadlineInput',
  // The function needs one of the two: the priority, or the severity it follows from.
  if: { not: { required: ['priority'] } },
  then: { required: ['severity'] },
});
doc(concern.id, 'Concern id', 'The concern, by its id in the council system of record.');
doc(concern.receivedAt, 'Received at', 'When the concern was received (ISO date-time; without an offset, Europe/London time).');
doc(concern.priority, 'Priority', 'Set by the officer; when omitted it follows from the severity (give one of the two).', { labels: RISK_LABELS.concernPriority });
doc(concern.severity, 'Severity', 'The severity the priority follows from when no priority is given: the pack\'s high-risk severities are high risk.');

// summarisePortfolio.
const entry = PortfolioEntrySchema.shape;
doc(PortfolioInputSchema, 'Portfolio', 'The assessments of the services of a portfolio, for summarisePortfolio: results of assessProviderRisk can be passed as they are.', { id: 'SummarisePortfolioInput' });
doc(PortfolioEntrySchema, 'Service assessment', 'One service of the portfolio.');
doc(entry.providerId, 'Provider', 'The service (location); a provider listed twice counts once, at its latest assessment.');
doc(entry.asOf, 'Assessment date', 'The date of the assessment; the latest of the list is the summary date unless the options give one.');
doc(entry.cqcRating, 'CQC rating', 'The CQC rating in force; null or omitted when unrated.');
const cqc = PortfolioEntrySchema.shape.cqcRating.unwrap().unwrap().shape;
doc(cqc.date, 'Published on', 'When CQC published the rating.');
doc(entry.evidenceComplete, 'Evidence complete', 'false when the assessment reported missing or stale evidence: a service that would meet the standard is then not known to, and counts as the pack says for unrated services.');

/**
 * The titles, descriptions, labels, ids and JSON-Schema-only keywords of the risk area's inputs (see
 * {@link adult-social-care-rules!toJsonSchema}): {@link riskJsonSchema} passes them, and so does
 * `asc-rules schema risk-…`. Labels come from {@link RISK_LABELS}; the first date in force from the default pack.
 *
 * @example
 * ```ts
 * import { toJsonSchema } from 'adult-social-care-rules';
 * import { AssessProviderRiskInputSchema, riskSchemaDocs } from 'adult-social-care-rules/risk';
 *
 * toJsonSchema(AssessProviderRiskInputSchema, riskSchemaDocs).$id; //=> 'urn:adult-social-care-rules:schema:AssessProviderRiskInput'
 * ```
 */
export const riskSchemaDocs: SchemaDocs = entries.reduce((docs, [schema, meta]) => docs.add(schema, meta), schemaDocs());
