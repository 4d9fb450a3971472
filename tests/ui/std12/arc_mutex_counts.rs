// Arc with Mutex and threads: strong_count across clones, ptr_eq, try_unwrap + into_inner after joins, make_mut, RwLock reads.
//@ no-stats
use std::sync::{Arc, Mutex, RwLock};
use std::thread;

fn main() {
    let total = Arc::new(Mutex::new(0u64));
    let mut handles = Vec::new();
    for i in 1..=4u64 {
        let t = Arc::clone(&total);
        handles.push(thread::spawn(move || {
            let mut g = t.lock().unwrap();
            *g += i * 10;
        }));
    }
    println!("count while running <= 5: {}", Arc::strong_count(&total) <= 5);
    for h in handles {
        h.join().unwrap();
    }
    println!("count after join {}", Arc::strong_count(&total));
    let inner = Arc::try_unwrap(total).unwrap().into_inner().unwrap();
    println!("total {}", inner);
    let a = Arc::new(vec![1, 2]);
    let b = Arc::clone(&a);
    println!("{} {}", Arc::ptr_eq(&a, &b), Arc::strong_count(&b));
    let mut c = Arc::clone(&a);
    Arc::make_mut(&mut c).push(3);
    println!("{:?} {:?} {}", a, c, Arc::ptr_eq(&a, &c));
    drop(b);
    println!("{:?}", Arc::try_unwrap(a));
    let shared = Arc::new(RwLock::new(String::from("v1")));
    {
        let r1 = shared.read().unwrap();
        let r2 = shared.read().unwrap();
        println!("{} {}", *r1, r2.len());
    }
    shared.write().unwrap().push_str("-edited");
    println!("{}", shared.read().unwrap());
    let m = Mutex::new(vec![1]);
    m.lock().unwrap().push(2);
    {
        let guard = m.try_lock();
        println!("try_lock ok {}", guard.is_ok());
    }
    println!("{:?}", m.into_inner().unwrap());
    let results: Vec<u32> = (0..3).map(|i| thread::spawn(move || i * i)).collect::<Vec<_>>().into_iter().map(|h| h.join().unwrap()).collect();
    println!("{:?}", results);
    let w = Arc::downgrade(&Arc::new(1));
    println!("{:?}", w.upgrade());
}
