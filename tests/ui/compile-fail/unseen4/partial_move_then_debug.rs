//@ compile-fail
// Moving a field out of a struct and then printing the whole struct.
#[derive(Debug)]
struct Person {
    name: String,
    city: String,
}

fn main() {
    let p = Person { name: "Lou".into(), city: "Metz".into() };
    let name = p.name;
    println!("{} from {:?}", name, p); //~ ERROR E0382
}
