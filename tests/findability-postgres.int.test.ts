import { findabilitySuite } from './findability'
import { createPostgresDatabase } from './helpers/databases'

findabilitySuite('postgres', createPostgresDatabase)
