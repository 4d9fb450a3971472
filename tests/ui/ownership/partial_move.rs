// Moving one field out of a struct leaves the other fields usable.
#[derive(Debug)]
struct Person {
    name: String,
    age: Box<u8>,
}

fn main() {
    let person = Person {
        name: String::from("Alice"),
        age: Box::new(20),
    };
    let Person { name, ref age } = person;
    println!("The person's age is {}", age);
    println!("The person's name is {}", name);
    println!("The person's age from person struct is {}", person.age);
    let pair = (String::from("left"), String::from("right"));
    let l = pair.0;
    println!("{l} {}", pair.1);
}
