import { findabilitySuite } from './findability'
import { createSqliteDatabase } from './helpers/databases'

findabilitySuite('sqlite', createSqliteDatabase)
