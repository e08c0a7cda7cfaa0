/* A data race on purpose: two threads increment one plain int. Built and run
 * only in a ThreadSanitizer build (CAPARTNER_TSAN), where the test passes
 * only if TSan reports the race: proof that the threads suite's clean run in
 * that build is a check that can fail. */
#include <pthread.h>
#include <stdio.h>

static int counter;

static void *bump(void *unused) {
    (void)unused;
    for (int i = 0; i < 1000; i++)
        counter++;
    return NULL;
}

int main(void) {
    pthread_t first, second;
    if (pthread_create(&first, NULL, bump, NULL) != 0 ||
        pthread_create(&second, NULL, bump, NULL) != 0)
        return 1;
    pthread_join(first, NULL);
    pthread_join(second, NULL);
    printf("counter %d\n", counter);
    return 0;
}
