// After moving one field out, the other fields can still be used and the moved one refilled.
struct User {
    name: String,
    email: String,
    age: u32,
}

fn main() {
    let mut u = User { name: String::from("ann"), email: String::from("a@x"), age: 30 };
    let n = u.name;
    println!("{} {} {}", n, u.email, u.age);
    u.name = n.to_uppercase();
    let whole = u;
    println!("{} {}", whole.name, whole.age);
}
