// Closures over a Vec<Box<dyn Trait>> ('static objects) comparing items with a captured `&str` parameter or local (`o.name() != name`): std's `ne` cannot keep the borrow.
trait Observer {
    fn name(&self) -> String;
}

struct Named(String);

impl Observer for Named {
    fn name(&self) -> String {
        self.0.clone()
    }
}

fn detach(v: &mut Vec<Box<dyn Observer>>, name: &str) -> bool {
    let before = v.len();
    v.retain(|o| o.name() != name);
    before != v.len()
}

fn find(v: &Vec<Box<dyn Observer>>, name: &str) -> Option<usize> {
    v.iter().position(|o| name == o.name())
}

fn count_other(v: &mut Vec<Box<dyn Observer>>, first: &str) -> usize {
    let wanted = first.to_uppercase();
    let wanted_ref = &wanted;
    v.retain(|o| o.name().to_uppercase() != *wanted_ref || o.name() == wanted);
    v.iter().filter(|o| &o.name() != wanted_ref).count()
}

fn main() {
    let mut v: Vec<Box<dyn Observer>> = vec![Box::new(Named("a".into())), Box::new(Named("b".into())), Box::new(Named("c".into()))];
    println!("{} {}", detach(&mut v, "b"), detach(&mut v, "z"));
    println!("{:?} {:?}", find(&v, "c"), find(&v, "b"));
    println!("{}", count_other(&mut v, "a"));
    println!("{}", v.len());
}
