// juggling `Option<&mut T>`, `as_mut`, `as_deref`, `as_deref_mut`, `take`, `replace`
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}
fn main() {
    let mut name: Option<String> = Some(String::from("ann"));
    if let Some(n) = name.as_mut() {
        n.push_str("ie");
    }
    let r: Option<&str> = name.as_deref();
    println!("{:?}", r);
    if let Some(s) = name.as_deref_mut() {
        s.make_ascii_uppercase();
    }
    println!("{:?}", name);
    let mut head = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    if let Some(n) = head.next.as_mut() {
        n.val *= 10;
        n.next = Some(Box::new(Node { val: 3, next: None }));
    }
    let mut cur: Option<&mut Node> = Some(&mut head);
    while let Some(n) = cur {
        n.val += 1;
        cur = n.next.as_deref_mut();
    }
    let mut c = Some(&head);
    while let Some(n) = c {
        print!("{} ", n.val);
        c = n.next.as_deref();
    }
    println!();
    let old = name.replace(String::from("bo"));
    let taken = name.take();
    println!("{:?} {:?} {:?}", old, taken, name);
}
