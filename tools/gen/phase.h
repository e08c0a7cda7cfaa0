/* Phase timings for performance work: with CAPARTNER_GEN_TIMING set in the
 * environment, each phase's wall time and the peak memory so far go to
 * stderr. Silent otherwise, so the output and messages never change. */
#ifndef GEN_PHASE_H
#define GEN_PHASE_H

void phase_begin(void);
/* Reports the phase `name` that ends now. */
void phase_end(const char *name);

#endif
