// unimplemented! without a message prints "not implemented".
trait Shape {
    fn area(&self) -> f64;
}

struct Blob;

impl Shape for Blob {
    fn area(&self) -> f64 {
        unimplemented!()
    }
}

fn main() {
    let b = Blob;
    println!("measuring");
    println!("{}", b.area());
}
