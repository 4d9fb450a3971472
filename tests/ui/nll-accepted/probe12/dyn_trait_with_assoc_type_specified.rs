// `&dyn Container<Item = u32>` and `Box<dyn Iterator<Item = u32>>` name their associated types.
trait Container {
    type Item;
    fn first(&self) -> Option<&Self::Item>;
}
struct V(Vec<u32>);
impl Container for V {
    type Item = u32;
    fn first(&self) -> Option<&u32> {
        self.0.first()
    }
}
fn show(c: &dyn Container<Item = u32>) {
    println!("{:?}", c.first());
}
fn numbers() -> Box<dyn Iterator<Item = u32>> {
    Box::new(vec![1u32, 2].into_iter())
}
fn main() {
    show(&V(vec![4]));
    println!("{}", numbers().sum::<u32>());
}
