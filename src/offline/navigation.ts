/** The class server's pages that are not the simulator: the service worker leaves their navigations to the network. */
export const notTheSimulator = [/^\/(api|instructor|setup|healthz)(\/|$)/];
