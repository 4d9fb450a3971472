// Output printed before a panic (with and without a newline) is still flushed to stdout.
fn first(v: &[u8]) -> u8 {
    v[0]
}

fn main() {
    println!("line one");
    print!("partial line");
    let v: Vec<u8> = Vec::new();
    let _ = first(&v);
}
