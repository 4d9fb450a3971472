// A tiny register machine: instructions parsed from text into an enum, labels resolved, then executed.
use std::collections::HashMap;

#[derive(Debug, Clone)]
enum Instr {
    Set(usize, i64),
    Add(usize, usize),
    Dec(usize),
    Jnz(usize, String),
    Print(usize),
}

fn reg(name: &str) -> Result<usize, String> {
    match name {
        "a" => Ok(0),
        "b" => Ok(1),
        "c" => Ok(2),
        _ => Err(format!("bad register {}", name)),
    }
}

fn assemble(src: &str) -> Result<(Vec<Instr>, HashMap<String, usize>), String> {
    let mut code = Vec::new();
    let mut labels = HashMap::new();
    for line in src.lines().map(|l| l.trim()).filter(|l| !l.is_empty()) {
        if let Some(label) = line.strip_suffix(':') {
            labels.insert(label.to_string(), code.len());
            continue;
        }
        let parts: Vec<&str> = line.split_whitespace().collect();
        let instr = match parts.as_slice() {
            ["set", r, v] => Instr::Set(reg(r)?, v.parse().map_err(|_| format!("bad number {}", v))?),
            ["add", r, s] => Instr::Add(reg(r)?, reg(s)?),
            ["dec", r] => Instr::Dec(reg(r)?),
            ["jnz", r, l] => Instr::Jnz(reg(r)?, l.to_string()),
            ["print", r] => Instr::Print(reg(r)?),
            _ => return Err(format!("cannot parse `{}`", line)),
        };
        code.push(instr);
    }
    Ok((code, labels))
}

fn run(code: &[Instr], labels: &HashMap<String, usize>, max_steps: usize) -> Result<[i64; 3], String> {
    let mut regs = [0i64; 3];
    let mut pc = 0;
    let mut steps = 0;
    while pc < code.len() {
        steps += 1;
        if steps > max_steps {
            return Err(format!("step limit at pc {}", pc));
        }
        match &code[pc] {
            Instr::Set(r, v) => regs[*r] = *v,
            Instr::Add(r, s) => regs[*r] += regs[*s],
            Instr::Dec(r) => regs[*r] -= 1,
            Instr::Print(r) => println!("  out: {}", regs[*r]),
            Instr::Jnz(r, label) => {
                if regs[*r] != 0 {
                    pc = *labels.get(label).ok_or(format!("no label {}", label))?;
                    continue;
                }
            }
        }
        pc += 1;
    }
    Ok(regs)
}

fn main() {
    let programs = [
        "set a 0\nset b 5\nset c 3\nloop:\nadd a c\ndec b\njnz b loop\nprint a",
        "set a 1\nspin:\njnz a spin",
        "set a 2\nmul a a",
        "set b 1\njnz b nowhere",
    ];
    for (i, src) in programs.iter().enumerate() {
        println!("program {}:", i);
        match assemble(src) {
            Ok((code, labels)) => match run(&code, &labels, 100) {
                Ok(regs) => println!("  registers {:?}", regs),
                Err(e) => println!("  runtime error: {}", e),
            },
            Err(e) => println!("  assembly error: {}", e),
        }
    }
}
