// `let name = user.name();` borrowed from a `&str` getter, turned into an owned value, then `user.rename(..)`.
struct User {
    name: String,
}

impl User {
    fn name(&self) -> &str {
        &self.name
    }
    fn rename(&mut self, n: String) {
        self.name = n;
    }
}

fn main() {
    let mut users = vec![User { name: "ann".into() }, User { name: "bob".into() }];
    for u in users.iter_mut() {
        let name = u.name();
        let capitalized = name[..1].to_uppercase() + &name[1..];
        u.rename(capitalized);
    }
    let names: Vec<&str> = users.iter().map(|u| u.name()).collect();
    println!("{:?}", names);
    users.push(User { name: "Cy".into() });
    println!("{}", users.len());
}
