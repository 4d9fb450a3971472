// A small stack VM: an enum of instructions, a Vec<i64> operand stack, jumps, calls with a return stack, and errors as Result.
#[derive(Debug, Clone, Copy)]
enum Op {
    Push(i64),
    Add,
    Sub,
    Mul,
    Dup,
    Swap,
    Over,
    Drop,
    Jz(usize),
    Jmp(usize),
    Call(usize),
    Ret,
    Print,
    Halt,
}

#[derive(Debug)]
enum VmError {
    StackUnderflow(usize),
    BadJump(usize),
    StepLimit,
}

struct Vm<'p> {
    code: &'p [Op],
    stack: Vec<i64>,
    calls: Vec<usize>,
    pc: usize,
    steps: u32,
    output: Vec<String>,
}

impl<'p> Vm<'p> {
    fn new(code: &'p [Op]) -> Self {
        Vm { code, stack: Vec::new(), calls: Vec::new(), pc: 0, steps: 0, output: Vec::new() }
    }

    fn pop(&mut self) -> Result<i64, VmError> {
        self.stack.pop().ok_or(VmError::StackUnderflow(self.pc))
    }

    fn run(&mut self) -> Result<(), VmError> {
        loop {
            self.steps += 1;
            if self.steps > 10_000 {
                return Err(VmError::StepLimit);
            }
            let op = *self.code.get(self.pc).ok_or(VmError::BadJump(self.pc))?;
            self.pc += 1;
            match op {
                Op::Push(v) => self.stack.push(v),
                Op::Add => { let b = self.pop()?; let a = self.pop()?; self.stack.push(a + b); }
                Op::Sub => { let b = self.pop()?; let a = self.pop()?; self.stack.push(a - b); }
                Op::Mul => { let b = self.pop()?; let a = self.pop()?; self.stack.push(a * b); }
                Op::Dup => { let a = self.pop()?; self.stack.push(a); self.stack.push(a); }
                Op::Swap => { let b = self.pop()?; let a = self.pop()?; self.stack.push(b); self.stack.push(a); }
                Op::Over => {
                    let n = self.stack.len();
                    if n < 2 {
                        return Err(VmError::StackUnderflow(self.pc - 1));
                    }
                    self.stack.push(self.stack[n - 2]);
                }
                Op::Drop => { self.pop()?; }
                Op::Jz(t) => { if self.pop()? == 0 { self.pc = t; } }
                Op::Jmp(t) => self.pc = t,
                Op::Call(t) => { self.calls.push(self.pc); self.pc = t; }
                Op::Ret => match self.calls.pop() {
                    Some(r) => self.pc = r,
                    None => return Ok(()),
                },
                Op::Print => { let v = self.pop()?; self.output.push(v.to_string()); }
                Op::Halt => return Ok(()),
            }
        }
    }
}

fn main() {
    // sum of 1..=10 with [acc, n] on the stack, then a call to a subroutine printing 99
    let fact = [
        Op::Push(0), Op::Push(10),
        Op::Dup, Op::Jz(11),
        Op::Swap, Op::Over, Op::Add,
        Op::Swap, Op::Push(1), Op::Sub, Op::Jmp(2),
        Op::Drop, Op::Print,
        Op::Call(15), Op::Halt,
        Op::Push(99), Op::Print, Op::Ret,
    ];
    let mut vm = Vm::new(&fact);
    println!("sum: {:?} stack {:?} steps {} output {:?}", vm.run(), vm.stack, vm.steps, vm.output);

    let squares = [
        Op::Push(1),
        Op::Dup, Op::Dup, Op::Mul, Op::Print,
        Op::Push(1), Op::Add,
        Op::Dup, Op::Push(6), Op::Sub, Op::Jz(12),
        Op::Jmp(1),
        Op::Halt,
    ];
    let mut vm2 = Vm::new(&squares);
    let r = vm2.run();
    println!("squares: {:?} -> {}", r, vm2.output.join(" "));

    let bad = [Op::Push(2), Op::Add];
    let mut vm3 = Vm::new(&bad);
    println!("bad: {:?}", vm3.run());
    let forever = [Op::Jmp(0)];
    println!("forever: {:?}", Vm::new(&forever).run());
    let over = [Op::Push(3), Op::Push(4), Op::Over, Op::Mul, Op::Add, Op::Print, Op::Ret];
    let mut vm4 = Vm::new(&over);
    println!("over: {:?} {:?}", vm4.run(), vm4.output);
    println!("jump out: {:?}", Vm::new(&[Op::Jmp(7)]).run());
}
