// `Rc<[T]>` and `Arc<[T]>` from a Vec: the elements move into one shared block, the Vec's buffer is freed, clones share it
use std::rc::Rc;
use std::sync::Arc;

fn main() {
    let names: Rc<[String]> = Rc::from(vec![String::from("ann"), String::from("bob")]);
    let again = Rc::clone(&names);
    println!("{} {:?} {}", names.len(), again, Rc::strong_count(&names));
    drop(again);
    let nums: Arc<[u32]> = vec![3, 1, 2].into();
    let total: u32 = nums.iter().sum();
    println!("{:?} {} {}", nums, total, Arc::strong_count(&nums));
    let empty: Rc<[u8]> = Rc::from(Vec::new());
    println!("{}", empty.is_empty());
}
