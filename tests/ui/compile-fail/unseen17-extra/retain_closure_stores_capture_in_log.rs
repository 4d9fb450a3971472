//@ compile-fail
// A retain closure over `'static` observers records a borrow of a local in a log that outlives the local.
trait Observer {
    fn name(&self) -> String;
}

fn detach<'a>(v: &mut Vec<Box<dyn Observer>>, log: &mut Vec<&'a String>) {
    let name = String::from("x");
    v.retain(|o| {
        log.push(&name); //~ ERROR E0597
        o.name() != name
    });
}

fn main() {
    let mut v: Vec<Box<dyn Observer>> = Vec::new();
    let mut log = Vec::new();
    detach(&mut v, &mut log);
    println!("{}", log.len());
}
