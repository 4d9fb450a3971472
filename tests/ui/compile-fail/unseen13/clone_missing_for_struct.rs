//@ compile-fail
// clone is called on a struct that does not derive Clone.
struct Buffer {
    data: Vec<u8>,
}

fn main() {
    let a = Buffer { data: vec![1] };
    let b = a.clone(); //~ ERROR E0599
    println!("{}", b.data.len());
}
