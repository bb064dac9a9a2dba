import { MemoryStore } from '../../mock-server/state/memory';
import { storeContract } from './store-contract';

storeContract('MemoryStore', async (clock, limits) => new MemoryStore(clock, limits));
