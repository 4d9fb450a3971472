// Precise captures: a `move` closure using `p.name` moves only that field, so `p.age` stays usable.
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Grace"), age: 85 };
    let greet = move || format!("hello, {}", p.name);
    println!("age {}", p.age);
    println!("{}", greet());
    let older = p.age + 1;
    println!("{}", older);
}
