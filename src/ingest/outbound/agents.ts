/**
 * The http(s) agents that enforce the address policy when connecting
 * (request-filtering-agent: IP literals before connecting, names inside the
 * socket's own DNS lookup). One agent per protocol and policy, reused.
 */
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { isAddressEntry, isAllowedByName, type OutboundPolicy } from './address-policy.js';

const agents = new Map<string, RequestFilteringHttpAgent | RequestFilteringHttpsAgent>();

/** The agent for one request: address entries are passed down; a host allowed by name may reach private addresses. */
export function agentFor(url: URL, policy: OutboundPolicy): RequestFilteringHttpAgent | RequestFilteringHttpsAgent {
  const byName = isAllowedByName(url.hostname, policy);
  const allowIPAddressList = policy.allowHosts.filter(isAddressEntry);
  const key = `${url.protocol}|${byName}|${allowIPAddressList.join(',')}`;
  let agent = agents.get(key);
  if (!agent) {
    const options = { allowPrivateIPAddress: byName, allowMetaIPAddress: false, allowIPAddressList, keepAlive: false };
    agent = url.protocol === 'https:' ? new RequestFilteringHttpsAgent(options) : new RequestFilteringHttpAgent(options);
    agents.set(key, agent);
  }
  return agent;
}
