// todo! and unimplemented! with a message.
fn feature(flag: bool) -> u32 {
    if flag {
        unimplemented!("flag mode")
    } else {
        todo!("the {} path", "other")
    }
}

fn main() {
    println!("start");
    feature(false);
}
