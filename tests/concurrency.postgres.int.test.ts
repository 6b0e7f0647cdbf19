import { concurrencySuite } from './concurrency/index'
import { createPostgresDatabase } from './helpers/databases'

concurrencySuite('postgres', createPostgresDatabase)
