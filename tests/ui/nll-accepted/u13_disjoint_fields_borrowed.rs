// Two fields of one struct are borrowed mutably at the same time.
struct Buffers {
    input: Vec<u8>,
    output: Vec<u8>,
}

fn main() {
    let mut b = Buffers { input: vec![1, 2, 3], output: Vec::new() };
    let inp = &b.input;
    let out = &mut b.output;
    for x in inp {
        out.push(x * 2);
    }
    println!("{:?} -> {:?}", b.input, b.output);
}
