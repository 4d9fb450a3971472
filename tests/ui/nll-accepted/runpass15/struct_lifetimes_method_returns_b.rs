// a method returning the `'b` field of a `Pick<'a, 'b>` keeps only the `'b` borrow, and a count field holds none
struct Pick<'a, 'b> {
    long: &'a str,
    count: usize,
    short: &'b [i32],
}
impl<'a, 'b> Pick<'a, 'b> {
    fn short(&self) -> Option<&'b [i32]> {
        if self.count > 0 { Some(self.short) } else { None }
    }
    fn long(&self) -> &'a str {
        self.long
    }
}
fn main() {
    let numbers = vec![1, 2, 3];
    let kept;
    {
        let label = String::from("temporary label");
        let p = Pick { long: &label, count: 2, short: &numbers };
        kept = p.short();
        println!("{}", p.long());
    }
    println!("{:?}", kept);
}
