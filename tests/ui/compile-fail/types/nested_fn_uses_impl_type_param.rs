//@ compile-fail
// A fn nested in a method cannot name the impl's `T` either (E0401); its own `<V>` goes after the suggested `T, `.
struct Stack<T> {
    items: Vec<T>,
}

impl<T: Clone> Stack<T> {
    fn top_twice(&self) -> Vec<T> {
        fn twice<V: Clone>(x: T, _v: V) -> Vec<T> { //~ ERROR E0401
        //~^ ERROR E0401
            vec![x.clone(), x]
        }
        twice(self.items[0].clone(), 0)
    }
}

fn main() {
    let s = Stack { items: vec![1] };
    println!("{:?}", s.top_twice());
}
