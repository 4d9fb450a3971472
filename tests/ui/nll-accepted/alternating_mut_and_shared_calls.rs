// Alternating `f(&mut v)` and `g(&v)`: each borrow lasts only for its call.
fn grow(v: &mut Vec<u32>) {
    let n = v.len() as u32;
    v.push(n * n);
}

fn show(v: &Vec<u32>) {
    println!("{:?}", v);
}

fn main() {
    let mut v = Vec::new();
    grow(&mut v);
    show(&v);
    grow(&mut v);
    grow(&mut v);
    show(&v);
}
