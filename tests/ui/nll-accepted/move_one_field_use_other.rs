// After moving one field out, the other fields remain usable.
struct Person {
    name: String,
    city: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Ana"), city: String::from("Lyon"), age: 30 };
    let name = p.name;
    println!("{} lives in {}", name, p.city);
    println!("age {}", p.age);
    let city = p.city;
    println!("{}", city.len());
}
