// A &mut parameter is reborrowed by each call in a loop and used again afterwards.
fn add(buf: &mut Vec<u32>, x: u32) {
    buf.push(x);
}

fn fill(buf: &mut Vec<u32>) {
    for i in 0..4 {
        add(buf, i);
    }
    buf.push(99);
}

fn main() {
    let mut v = Vec::new();
    fill(&mut v);
    fill(&mut v);
    println!("{:?} cap {}", v, v.capacity());
}
