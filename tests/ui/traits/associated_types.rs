// A trait with an associated type and an associated constant.
trait Container {
    type Item;
    const KIND: &'static str;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }
    fn size(&self) -> usize;
}

struct Stack {
    items: Vec<String>,
}

impl Container for Stack {
    type Item = String;
    const KIND: &'static str = "stack";
    fn get(&self, i: usize) -> Option<&String> {
        self.items.get(i)
    }
    fn size(&self) -> usize {
        self.items.len()
    }
}

fn describe<C: Container>(c: &C) -> String
where
    C::Item: std::fmt::Debug,
{
    format!("{} of {} starting with {:?}", C::KIND, c.size(), c.first())
}

fn main() {
    let s = Stack { items: vec!["a".into(), "b".into()] };
    println!("{}", describe(&s));
    println!("{:?}", s.get(5));
}
