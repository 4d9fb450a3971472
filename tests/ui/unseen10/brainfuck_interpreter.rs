// A tiny Brainfuck interpreter: bytes of the program, a jump table built with a stack, wrapping cell arithmetic.
fn jump_table(code: &[u8]) -> Result<Vec<usize>, String> {
    let mut table = vec![0; code.len()];
    let mut open = Vec::new();
    for (i, &b) in code.iter().enumerate() {
        if b == b'[' {
            open.push(i);
        } else if b == b']' {
            let j = open.pop().ok_or(format!("unmatched ] at {}", i))?;
            table[i] = j;
            table[j] = i;
        }
    }
    if let Some(j) = open.pop() {
        return Err(format!("unmatched [ at {}", j));
    }
    Ok(table)
}

fn run(src: &str) -> Result<String, String> {
    let code = src.as_bytes();
    let jumps = jump_table(code)?;
    let mut tape = vec![0u8; 30];
    let mut ptr = 0usize;
    let mut pc = 0usize;
    let mut out = String::new();
    let mut steps = 0u32;
    while pc < code.len() {
        match code[pc] {
            b'>' => ptr += 1,
            b'<' => ptr -= 1,
            b'+' => tape[ptr] = tape[ptr].wrapping_add(1),
            b'-' => tape[ptr] = tape[ptr].wrapping_sub(1),
            b'.' => out.push(tape[ptr] as char),
            b'[' if tape[ptr] == 0 => pc = jumps[pc],
            b']' if tape[ptr] != 0 => pc = jumps[pc],
            _ => {}
        }
        pc += 1;
        steps += 1;
    }
    Ok(format!("{} ({} steps)", out, steps))
}

fn main() {
    let hi = "++++++++[>+++++++++<-]>.<+++++[>++++++<-]>-.";
    let wrap = "-.";
    let bad = "+[>+";
    for prog in [hi, wrap, bad, "]"] {
        match run(prog) {
            Ok(s) => println!("ok: {:?}", s),
            Err(e) => println!("error: {}", e),
        }
    }
}
