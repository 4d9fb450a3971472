//@ compile-fail
// `Result<u32, Kind>` missing one `Err` variant.
enum Kind {
    Parse,
    Io,
}
fn main() {
    let r: Result<u32, Kind> = Err(Kind::Io);
    match r { //~ ERROR E0004
        Ok(n) => println!("{n}"),
        Err(Kind::Parse) => println!("parse"),
    }
}
