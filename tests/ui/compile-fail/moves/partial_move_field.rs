//@ compile-fail
// Moving one field out of a struct makes the whole struct unusable.
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Ana"), age: 30 };
    let n = p.name;
    println!("{}", n);
    let q = p; //~ ERROR E0382
    println!("{}", q.age);
}
