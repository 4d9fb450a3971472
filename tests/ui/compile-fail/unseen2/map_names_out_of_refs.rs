//@ compile-fail
// The closure given to `map` gets `&Person` and tries to move the name out.
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let people = vec![Person { name: String::from("ann"), age: 30 }];
    let names: Vec<String> = people.iter().map(|p| p.name).collect(); //~ ERROR E0507
    println!("{:?} {}", names, people[0].age);
}
