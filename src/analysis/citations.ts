// The works the statistical methods of src/analysis cite, for report appendices and `interdep cite`.
import type { Citation } from '../metrics/citations.js';

export const ANALYSIS_CITATIONS: Readonly<Record<string, Citation>> = {
  'cameron-miller-2015': {
    key: 'cameron-miller-2015', authors: 'Cameron, A. Colin and Douglas L. Miller', year: 2015,
    title: "A Practitioner's Guide to Cluster-Robust Inference", venue: 'Journal of Human Resources 50(2): 317–372',
  },
  'liang-zeger-1986': {
    key: 'liang-zeger-1986', authors: 'Liang, Kung-Yee and Scott L. Zeger', year: 1986,
    title: 'Longitudinal Data Analysis Using Generalized Linear Models', venue: 'Biometrika 73(1): 13–22',
  },
  'guimaraes-portugal-2010': {
    key: 'guimaraes-portugal-2010', authors: 'Guimarães, Paulo and Pedro Portugal', year: 2010,
    title: 'A Simple Feasible Procedure to Fit Models with High-Dimensional Fixed Effects', venue: 'Stata Journal 10(4): 628–649',
  },
  'granger-1969': {
    key: 'granger-1969', authors: 'Granger, Clive W. J.', year: 1969,
    title: 'Investigating Causal Relations by Econometric Models and Cross-Spectral Methods', venue: 'Econometrica 37(3): 424–438',
  },
  'hamilton-1994': {
    key: 'hamilton-1994', authors: 'Hamilton, James D.', year: 1994,
    title: 'Time Series Analysis', venue: 'Princeton: Princeton University Press',
  },
  'scott-knott-1974': {
    key: 'scott-knott-1974', authors: 'Scott, A. J. and M. Knott', year: 1974,
    title: 'A Cluster Analysis Method for Grouping Means in the Analysis of Variance', venue: 'Biometrics 30(3): 507–512',
  },
  'press-2007': {
    key: 'press-2007', authors: 'Press, William H., Saul A. Teukolsky, William T. Vetterling and Brian P. Flannery', year: 2007,
    title: 'Numerical Recipes: The Art of Scientific Computing (3rd ed.)', venue: 'Cambridge: Cambridge University Press',
  },
  'killick-eckley-2014': {
    key: 'killick-eckley-2014', authors: 'Killick, Rebecca and Idris A. Eckley', year: 2014,
    title: 'changepoint: An R Package for Changepoint Analysis', venue: 'Journal of Statistical Software 58(3): 1–19',
  },
  'mackinlay-1997': {
    key: 'mackinlay-1997', authors: 'MacKinlay, A. Craig', year: 1997,
    title: 'Event Studies in Economics and Finance', venue: 'Journal of Economic Literature 35(1): 13–39',
  },
  'fisher-1921': {
    key: 'fisher-1921', authors: 'Fisher, Ronald A.', year: 1921,
    title: 'On the "Probable Error" of a Coefficient of Correlation Deduced from a Small Sample', venue: 'Metron 1: 3–32',
  },
};
