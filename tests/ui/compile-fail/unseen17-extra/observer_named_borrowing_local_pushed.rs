//@ compile-fail
// An observer holding a borrow of a local String is boxed into a Vec<Box<dyn Observer>> parameter ('static objects).
trait Observer {
    fn name(&self) -> String;
}

struct Named<'a>(&'a str);

impl<'a> Observer for Named<'a> {
    fn name(&self) -> String {
        self.0.to_string()
    }
}

fn attach(v: &mut Vec<Box<dyn Observer>>, base: &str) {
    v.retain(|o| o.name() != base);
    let label = format!("{}-copy", base);
    v.push(Box::new(Named(&label))); //~ ERROR E0597
}

fn main() {
    let mut v: Vec<Box<dyn Observer>> = Vec::new();
    attach(&mut v, "a");
    println!("{}", v.len());
}
