// A borrow from a match on Option<&T> ends before the same Vec is mutated in the arm
fn main() {
    let mut stack = vec![1, 5, 9];
    for _ in 0..4 {
        match stack.last() {
            Some(&top) if top > 4 => {
                stack.push(top - 4);
            }
            Some(_) => {
                stack.pop();
            }
            None => stack.push(10),
        }
        println!("{:?}", stack);
    }
}
