import { createSqliteDatabase } from './helpers/databases'
import { publicServiceSuite } from './publicService'

publicServiceSuite('sqlite', createSqliteDatabase)
