// a generic struct with a generic impl plus impls for concrete type arguments
#[derive(Debug)]
struct Wrapper<T> {
    items: Vec<T>,
}
impl<T: Clone> Wrapper<T> {
    fn new() -> Self {
        Wrapper { items: Vec::new() }
    }
    fn push(&mut self, t: T) -> &mut Self {
        self.items.push(t);
        self
    }
    fn doubled(&self) -> Vec<T> {
        self.items.iter().chain(self.items.iter()).cloned().collect()
    }
}
impl Wrapper<i32> {
    fn sum(&self) -> i32 {
        self.items.iter().sum()
    }
}
impl Wrapper<String> {
    fn joined(&self) -> String {
        self.items.join("+")
    }
}
fn main() {
    let mut w = Wrapper::new();
    w.push(1).push(2).push(3);
    println!("{} {:?}", w.sum(), w.doubled());
    let mut s: Wrapper<String> = Wrapper::new();
    s.push("a".to_string()).push("b".to_string());
    println!("{} {:?}", s.joined(), s);
}
