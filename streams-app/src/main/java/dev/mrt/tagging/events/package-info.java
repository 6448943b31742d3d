/**
 * Political and policy events. {@link dev.mrt.tagging.events.EventDetector} finds sightings per
 * sentence ({@link dev.mrt.tagging.events.EventSighting}): trigger phrases whose requirements
 * hold (countries, leaders, a central bank, an office holder), meetings typed by who meets,
 * reported statements of governments and central bankers; triggers that are negated,
 * hypothetical or only a time reference do not count ({@code TriggerScope}). Who takes part
 * comes from {@code EventParticipants}, the date from {@code RelativeDateResolver}.
 * {@link dev.mrt.tagging.events.EventMerger} merges sightings of one event into a
 * {@link dev.mrt.tagging.events.MergedEvent} and drops events a more concrete one accounts for.
 *
 * <p>Event types that code treats specially are read from the taxonomy's
 * {@link dev.mrt.tagging.taxonomy.CodeRoles}, never spelled here. Uses {@code text},
 * {@code taxonomy} and {@code analysis}.
 */
package dev.mrt.tagging.events;
