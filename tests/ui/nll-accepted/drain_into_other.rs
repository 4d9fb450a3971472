// `drain` borrows the source mutably while another Vec receives the items.
fn main() {
    let mut inbox = vec![String::from("a"), String::from("b"), String::from("c")];
    let mut done = Vec::new();
    for m in inbox.drain(..2) {
        done.push(m);
    }
    println!("{:?} {:?}", inbox, done);
    done.extend(inbox.drain(..));
    inbox.push(String::from("new"));
    println!("{:?} {:?}", inbox, done);
}
