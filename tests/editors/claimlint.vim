" Vim compiler plugin for claimlint (installed as compiler/claimlint.vim).
" Use it with :compiler claimlint, then :make lints the current file and
" :copen lists the findings at their file, line and column.
if exists("current_compiler")
  finish
endif
let current_compiler = "claimlint"
if exists(":CompilerSet") != 2
  command -nargs=* CompilerSet setlocal <args>
endif
CompilerSet makeprg=claimlint\ --color=never\ %
CompilerSet errorformat=%f:%l:%c:\ %trror:\ %m,%f:%l:%c:\ %tarning:\ %m,%f:%l:%c:\ %tote:\ %m,%-G%.%#
