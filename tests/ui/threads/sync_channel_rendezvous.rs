// A bounded sync_channel with ping-pong replies keeps both threads in lock-step.
//@ no-stats
use std::sync::mpsc;
use std::thread;

fn main() {
    let (to_worker, worker_rx) = mpsc::sync_channel::<u32>(0);
    let (to_main, main_rx) = mpsc::channel::<String>();
    let worker = thread::spawn(move || {
        for n in worker_rx {
            to_main.send(format!("square of {n} is {}", n * n)).unwrap();
        }
    });
    for n in 1..=3 {
        to_worker.send(n).unwrap();
        println!("{}", main_rx.recv().unwrap());
    }
    drop(to_worker);
    worker.join().unwrap();
    println!("done");
}
