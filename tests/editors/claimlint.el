;;; claimlint.el --- claimlint output in compilation-mode -*- lexical-binding: t -*-
;; claimlint prints gcc-style "file:line:col: severity: message"; the
;; built-in `gnu' matcher reads it.  Use M-x compile with:
;;   claimlint --color=never FILE
;; Columns are 1-based, as claimlint prints them.
(require 'compile)
(setq compilation-first-column 1)
(provide 'claimlint)
;;; claimlint.el ends here
