// A small stack-based virtual machine: enum instructions, while-let dispatch, jumps and errors.
#[derive(Debug, Clone, Copy)]
enum Ins {
    Push(i64),
    Add,
    Mul,
    Dup,
    Swap,
    JumpIfZero(usize),
    Jump(usize),
    Dec,
    Print,
    Halt,
}

fn run(prog: &[Ins]) -> Result<Vec<i64>, String> {
    let mut stack: Vec<i64> = Vec::new();
    let mut pc = 0;
    let mut steps = 0;
    while let Some(&ins) = prog.get(pc) {
        steps += 1;
        if steps > 1000 {
            return Err("too many steps".into());
        }
        pc += 1;
        match ins {
            Ins::Push(v) => stack.push(v),
            Ins::Add | Ins::Mul => {
                let (b, a) = (stack.pop().ok_or("underflow")?, stack.pop().ok_or("underflow")?);
                stack.push(if let Ins::Add = ins { a + b } else { a * b });
            }
            Ins::Dup => {
                let top = *stack.last().ok_or("dup on empty")?;
                stack.push(top);
            }
            Ins::Swap => {
                let n = stack.len();
                if n < 2 {
                    return Err(format!("swap needs 2, has {}", n));
                }
                stack.swap(n - 1, n - 2);
            }
            Ins::JumpIfZero(t) => {
                if stack.last() == Some(&0) {
                    pc = t;
                }
            }
            Ins::Jump(t) => pc = t,
            Ins::Dec => *stack.last_mut().ok_or("dec on empty")? -= 1,
            Ins::Print => println!("  top = {:?}", stack.last()),
            Ins::Halt => break,
        }
    }
    Ok(stack)
}

fn assemble(src: &str) -> Result<Vec<Ins>, String> {
    let mut out = Vec::new();
    for (n, raw) in src.lines().enumerate() {
        let line = match raw.find(';') {
            Some(i) => &raw[..i],
            None => raw,
        }
        .trim();
        if line.is_empty() {
            continue;
        }
        let mut parts = line.split_whitespace();
        let op = parts.next().unwrap().to_lowercase();
        let arg = parts.next();
        let num = |a: Option<&str>| -> Result<i64, String> {
            a.ok_or(format!("line {}: {} needs an argument", n + 1, op))?
                .parse::<i64>()
                .map_err(|e| format!("line {}: {}", n + 1, e))
        };
        let ins = match op.as_str() {
            "push" => Ins::Push(num(arg)?),
            "add" => Ins::Add,
            "mul" => Ins::Mul,
            "dup" => Ins::Dup,
            "swap" => Ins::Swap,
            "jz" => Ins::JumpIfZero(num(arg)? as usize),
            "jmp" => Ins::Jump(num(arg)? as usize),
            "dec" => Ins::Dec,
            "print" => Ins::Print,
            "halt" => Ins::Halt,
            other => return Err(format!("line {}: unknown op {:?}", n + 1, other)),
        };
        out.push(ins);
    }
    Ok(out)
}

fn main() {
    let fact = [
        Ins::Push(1), Ins::Push(5),
        Ins::JumpIfZero(9),
        Ins::Dup, Ins::Swap, Ins::Halt,
    ];
    println!("{:?}", run(&fact));
    let loop_prog = [
        Ins::Push(1), Ins::Push(4),
        Ins::JumpIfZero(8),
        Ins::Swap, Ins::Push(2), Ins::Mul, Ins::Swap, Ins::Dec,
        Ins::Print, Ins::Jump(2),
    ];
    println!("{:?}", run(&loop_prog[..8]));
    println!("{:?}", run(&[Ins::Push(2), Ins::Push(3), Ins::Add, Ins::Push(7), Ins::Mul, Ins::Print]));
    println!("{:?}", run(&[Ins::Add]));
    println!("{:?}", run(&[Ins::Push(1), Ins::Swap]));
    println!("{:?}", run(&[Ins::Push(0), Ins::Jump(0)]));
    let src = "PUSH 6 ; six\npush 7\nmul\n\ndup\nprint\npush -2\nadd\nhalt\npush 1";
    match assemble(src) {
        Ok(p) => println!("{} instructions -> {:?}", p.len(), run(&p)),
        Err(e) => println!("asm error: {}", e),
    }
    for bad in ["push", "push x", "pop 1", "jz 2\nfoo"] {
        println!("{:?}", assemble(bad).map(|p| p.len()));
    }
}
