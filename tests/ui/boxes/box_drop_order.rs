// Dropping a boxed linked chain drops outer nodes before inner ones.
struct Link {
    name: &'static str,
    next: Option<Box<Link>>,
}

impl Drop for Link {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let chain = Box::new(Link {
        name: "head",
        next: Some(Box::new(Link { name: "middle", next: Some(Box::new(Link { name: "tail", next: None })) })),
    });
    println!("built chain starting at {}", chain.name);
    drop(chain);
    println!("end of main");
}
