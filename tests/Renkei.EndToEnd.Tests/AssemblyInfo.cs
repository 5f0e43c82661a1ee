// One journey at a time: each starts its own portal and browser, and on a two-core CI machine running them
// side by side starves Blazor's debounce timers and circuits of CPU, which makes timing-dependent steps flaky.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
