#pragma once

// The CPU time (user + system, ms) one thread of this process has used, read from
// /proc/self/task/<tid>/stat; 0 when the thread is unknown. The relays record their thread's id
// (currentThreadId()) so that a bench can report their CPU apart from the code it measures.
double threadCpuMs(int tid);
int currentThreadId();
